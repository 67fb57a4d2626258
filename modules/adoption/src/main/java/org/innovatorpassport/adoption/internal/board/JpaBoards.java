package org.innovatorpassport.adoption.internal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.adoption.api.BoardMember;
import org.innovatorpassport.adoption.api.BoardMemberView;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.MemberTrust;
import org.innovatorpassport.adoption.api.NewBoard;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaBoards implements Boards {

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Directory directory;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    java.time.Clock clock;

    @Inject
    MemberTrustListings listings;

    @Override
    public BoardView create(NewBoard board) {
        Validity.require(validator, board);
        admin();
        boolean taken = !em.createQuery("select b from BoardRecord b where lower(b.name) = lower(:n)", BoardRecord.class)
                .setParameter("n", board.name().strip()).getResultList().isEmpty();
        if (taken) {
            throw Problem.invalid("name", "A board with this name already exists");
        }
        BoardRecord record = new BoardRecord();
        record.id = UUID.randomUUID();
        record.name = board.name().strip();
        record.region = board.region().strip();
        record.createdAt = clock.instant();
        em.persist(record);
        em.flush();
        audit.record("board.created", "board", record.id, record.name + " (" + record.region + ")");
        return view(record);
    }

    @Override
    public List<BoardView> visible() {
        Caller caller = callers.required();
        if (caller.hasRole(Roles.ADMIN)) {
            return em.createQuery("select b from BoardRecord b order by b.name", BoardRecord.class).getResultStream().map(this::view).toList();
        }
        if (!caller.hasRole(Roles.BOARD)) {
            throw Problem.forbidden("Boards are for their members and platform administrators.");
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select board_id from adoption.board_member where user_id = ?1")
                .setParameter(1, caller.userId()).getResultList();
        return ids.isEmpty() ? List.of() : em.createQuery("select b from BoardRecord b where b.id in :ids order by b.name", BoardRecord.class)
                .setParameter("ids", ids).getResultStream().map(this::view).toList();
    }

    @Override
    public BoardView get(UUID boardId) {
        Caller caller = callers.required();
        BoardRecord board = em.find(BoardRecord.class, boardId);
        if (board == null || !(caller.hasRole(Roles.ADMIN) || sitsOn(caller.userId(), boardId))) {
            throw Problem.notFound("The board");
        }
        return view(board);
    }

    @Override
    public BoardView addTrust(UUID boardId, MemberTrust trust) {
        Validity.require(validator, trust);
        BoardRecord board = managed(boardId);
        int joined = em.createNativeQuery("insert into adoption.board_trust (board_id, ods_code) values (?1, ?2) on conflict do nothing")
                .setParameter(1, boardId).setParameter(2, trust.odsCode()).executeUpdate();
        if (joined > 0) {
            // the trust is now in the board's region: so are the products it uses, in the catalogue's region facet
            listings.regionsChanged(List.of(trust.odsCode()));
        }
        audit.record("board.trust-added", "board", boardId, trust.odsCode() + " joined " + board.name);
        return view(board);
    }

    @Override
    public BoardView removeTrust(UUID boardId, String odsCode) {
        BoardRecord board = managed(boardId);
        int left = em.createNativeQuery("delete from adoption.board_trust where board_id = ?1 and ods_code = ?2")
                .setParameter(1, boardId).setParameter(2, odsCode).executeUpdate();
        if (left > 0) {
            listings.regionsChanged(List.of(odsCode));
        }
        audit.record("board.trust-removed", "board", boardId, odsCode + " left " + board.name);
        return view(board);
    }

    @Override
    public BoardView addMember(UUID boardId, BoardMember member) {
        Validity.require(validator, member);
        BoardRecord board = managed(boardId);
        Directory.UserView user = directory.userByEmail(member.email().strip())
                .orElseThrow(() -> Problem.invalid("email", "No user signs in with this email address"));
        if (!user.roles().contains(Roles.BOARD)) {
            throw Problem.invalid("email", "This user is not a member of a regional board organisation");
        }
        em.createNativeQuery("insert into adoption.board_member (board_id, user_id, display_name) values (?1, ?2, ?3) "
                + "on conflict do nothing").setParameter(1, boardId).setParameter(2, user.id())
                .setParameter(3, user.displayName()).executeUpdate();
        audit.record("board.member-added", "board", boardId, user.displayName() + " sits on " + board.name);
        return view(board);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> trustsSeenBy(UUID userId) {
        return new HashSet<>(em.createNativeQuery("select distinct t.ods_code from adoption.board_trust t "
                + "join adoption.board_member m on m.board_id = t.board_id where m.user_id = ?1").setParameter(1, userId).getResultList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> boardsWithTrust(String odsCode) {
        return em.createNativeQuery("select board_id from adoption.board_trust where ods_code = ?1").setParameter(1, odsCode).getResultList();
    }

    @Override
    public boolean sitsOn(UUID userId, UUID boardId) {
        return ((Number) em.createNativeQuery("select count(*) from adoption.board_member where user_id = ?1 and board_id = ?2")
                .setParameter(1, userId).setParameter(2, boardId).getSingleResult()).longValue() > 0;
    }

    private void admin() {
        if (!callers.required().hasRole(Roles.ADMIN)) {
            throw Problem.forbidden("Only a platform administrator manages boards and their membership.");
        }
    }

    private BoardRecord managed(UUID boardId) {
        admin();
        BoardRecord board = em.find(BoardRecord.class, boardId);
        if (board == null) {
            throw Problem.notFound("The board");
        }
        return board;
    }

    @SuppressWarnings("unchecked")
    private BoardView view(BoardRecord board) {
        List<String> trusts = em.createNativeQuery("select ods_code from adoption.board_trust where board_id = ?1 order by ods_code")
                .setParameter(1, board.id).getResultList();
        List<Object[]> members = em.createNativeQuery("select user_id, display_name from adoption.board_member where board_id = ?1 "
                + "order by display_name").setParameter(1, board.id).getResultList();
        return new BoardView(board.id, board.name, board.region, trusts,
                members.stream().map(m -> new BoardMemberView((UUID) m[0], (String) m[1])).toList());
    }
}
