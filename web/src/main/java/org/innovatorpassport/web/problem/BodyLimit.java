package org.innovatorpassport.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.innovatorpassport.platform.api.Problem;

/**
 * JSON and form bodies are small; one larger than 1 MiB is refused with 413 before it is parsed.
 * Evidence uploads (multipart) have their own, larger limit where they are read.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {
    static final long MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && "multipart".equals(type.getType())) {
            return context.proceed();
        }
        context.setInputStream(new Capped(context.getInputStream()));
        return context.proceed();
    }

    private static final class Capped extends FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new Problem(413, "too-large", "Request body too large", "A request body may be at most 1 MiB.");
            }
        }
    }
}
