package org.innovatorpassport.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The clinical synonym list (clinical-synonyms.txt, the same file search-index checks in) as a
 * synonym graph: "T2DM" also searches "type 2 diabetes". Search time only, where a graph of
 * multi-word synonyms is understood; the words are read with the same chain the index uses before
 * this filter (standard tokenizer, lower case, ASCII folding), so they match what was indexed.
 */
@NamedComponent("passport_clinical_synonyms")
public class ClinicalSynonymFilterFactory implements TokenFilterFactory {
    private static final SynonymMap SYNONYMS = load();

    private static SynonymMap load() {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }
        };
        try (InputStream in = ClinicalSynonymFilterFactory.class.getResourceAsStream("/clinical-synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("clinical-synonyms.txt is missing from the passport-analysis plugin");
            }
            SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("clinical-synonyms.txt cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new SynonymGraphFilter(input, SYNONYMS, true);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
