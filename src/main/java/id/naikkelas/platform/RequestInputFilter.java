package id.naikkelas.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks what every request carries before anything else reads it, sign-in included: parameter
 * names and values free of control characters (400 naming the parameter), a body that is not an
 * upload within the size limit (413), and no direct request for the error page (404).
 */
class RequestInputFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final RequestRefusals refusals;

  RequestInputFilter(long maxBodyBytes, RequestRefusals refusals) {
    this.maxBodyBytes = maxBodyBytes;
    this.refusals = refusals;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.REQUEST
        && "/error".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean upload =
        request.getContentType() != null
            && request.getContentType().toLowerCase().startsWith("multipart/");
    if (!upload && request.getContentLengthLong() > maxBodyBytes) {
      refusals.tooLarge(request, response, maxBodyBytes);
      return;
    }
    HttpServletRequest checked = upload ? request : new LimitedBody(request, maxBodyBytes);
    if (!upload) {
      for (Map.Entry<String, String[]> parameter : checked.getParameterMap().entrySet()) {
        if (hasControl(parameter)) {
          refusals.badParameter(request, response, printable(parameter.getKey()));
          return;
        }
      }
    }
    chain.doFilter(checked, response);
  }

  private static boolean hasControl(Map.Entry<String, String[]> parameter) {
    if (ControlCharacters.in(parameter.getKey())) {
      return true;
    }
    for (String value : parameter.getValue()) {
      if (ControlCharacters.in(value)) {
        return true;
      }
    }
    return false;
  }

  private static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .limit(60)
        .forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
    return out.toString();
  }

  /** A body longer than the limit fails to read, whatever its declared length says. */
  static final class LimitedBody extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedBody(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  /** Thrown when a body grows past the limit while being read. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
