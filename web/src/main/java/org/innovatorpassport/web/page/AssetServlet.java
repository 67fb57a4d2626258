package org.innovatorpassport.web.page;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves NHS.UK frontend's CSS and images from the WAR. JAX-RS takes every other path, so the
 * assets need a mapping of their own.
 */
@WebServlet("/assets/*")
public class AssetServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = getServletContext().getResourceAsStream("/assets" + path)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            String type = getServletContext().getMimeType(path);
            response.setContentType(type != null ? type : "application/octet-stream");
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }
}
