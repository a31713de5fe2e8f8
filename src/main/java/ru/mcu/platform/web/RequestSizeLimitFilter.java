package ru.mcu.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.mcu.platform.FieldError;

/**
 * Refuses API request bodies over {@code mcu.api.max-body-bytes} with 413 and a JSON body,
 * whether the size is declared up front or only discovered while reading a chunked body.
 * Endpoints that take whole files ({@code mcu.api.own-body-limit-paths}: the batch import)
 * are left out: they enforce their own, larger limit. The intake endpoints
 * ({@code mcu.api.intake-paths}), whose body may carry the case's files in base64, have the
 * larger limit {@code mcu.api.max-intake-body-bytes}.
 */
@Component
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final List<String> ownLimitPaths;
    private final List<String> intakePaths;
    private final long maxIntakeBytes;
    private final ObjectMapper json;

    RequestSizeLimitFilter(@Value("${mcu.api.max-body-bytes:262144}") long maxBytes,
                           @Value("${mcu.api.own-body-limit-paths:/api/imports}") String[] ownLimitPaths,
                           @Value("${mcu.api.intake-paths:/api/appeals,/api/pos/messages,/api/incidents}") String[] intakePaths,
                           @Value("${mcu.api.max-intake-body-bytes:262144}") long maxIntakeBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.ownLimitPaths = List.of(ownLimitPaths);
        this.intakePaths = List.of(intakePaths);
        this.maxIntakeBytes = Math.max(maxBytes, maxIntakeBytes);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || ownLimitPaths.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = "POST".equals(request.getMethod()) && intakePaths.contains(path) ? maxIntakeBytes : maxBytes;
        if (request.getContentLengthLong() > limit) {
            reject(response, json, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** Writes the 413 answer; also used by the exception handler when the limit is hit mid-read. */
    static void reject(HttpServletResponse response, ObjectMapper json, long maxBytes) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), tooLarge(maxBytes));
    }

    static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "Payload Too Large", "Тело запроса больше допустимого размера (" + maxBytes + " байт)",
                java.util.List.of(new FieldError("body", "Размер превышает " + maxBytes + " байт")));
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
