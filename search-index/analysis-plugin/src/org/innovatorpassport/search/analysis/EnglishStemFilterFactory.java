package org.innovatorpassport.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * English stemming as Elasticsearch's own "english" analyzer does it (possessive, then Porter), so
 * "inhalers" finds "inhaler" and "monitoring" finds "monitor". Expects lower-cased tokens.
 */
@NamedComponent("passport_english_stem")
public class EnglishStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PorterStemFilter(new EnglishPossessiveFilter(input));
    }
}
