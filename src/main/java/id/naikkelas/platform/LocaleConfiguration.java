package id.naikkelas.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Bahasa Indonesia unless the visitor picks English ({@code ?lang=en}, kept in a
 * cookie); the API follows the caller's {@code Accept-Language}, Indonesian by default.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");
  static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    return new PageOrApiLocaleResolver();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  private static final class PageOrApiLocaleResolver extends CookieLocaleResolver {
    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    PageOrApiLocaleResolver() {
      super("lang");
      setDefaultLocale(INDONESIAN);
      setCookieHttpOnly(true);
      setCookieSameSite("Lax");
      api.setSupportedLocales(SUPPORTED);
      api.setDefaultLocale(INDONESIAN);
    }

    /** The dispatcher asks for the context, not the locale: both must take the same path. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
      Locale locale = resolveLocale(request);
      return () -> locale;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return isApi(request) ? api.resolveLocale(request) : supported(super.resolveLocale(request));
    }

    private static Locale supported(Locale locale) {
      return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
          ? Locale.ENGLISH
          : INDONESIAN;
    }

    private static boolean isApi(HttpServletRequest request) {
      return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
  }
}
