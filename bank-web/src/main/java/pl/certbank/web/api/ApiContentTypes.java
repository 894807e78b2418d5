package pl.certbank.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A Content-Type the API cannot even read ({@code ;;;}) is a 415 problem before JAX-RS sees it (which would answer
 * with an HTML page): type/subtype tokens, then parameters.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiContentTypes extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*\\s*;?\\s*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getHeader("Content-Type");
        if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
            response.setStatus(415);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                    + "\"detail\":\"The Content-Type header is not a media type (type/subtype; parameters)\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
