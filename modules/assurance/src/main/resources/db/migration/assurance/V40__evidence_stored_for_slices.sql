-- Downloads read a document in slices (substring of the bytea) so that no request holds a whole
-- document in memory. PDFs barely compress, and a compressed value must be inflated whole for every
-- slice; stored uncompressed out of line, a slice reads only the TOAST pages it covers. Applies to
-- documents stored from now on; older ones are still read correctly, only less cheaply.
alter table evidence_content alter column content set storage external;
