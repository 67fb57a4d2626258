package org.innovatorpassport.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** "Sjögren" and "Sjogren" are the same word to a searcher. */
@NamedComponent("passport_ascii_folding")
public class AsciiFoldingFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }
}
