package id.naikkelas.access;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Three filter chains: the JSON API (stateless, bearer tokens, problem details), the API
 * documentation, and the pages (session login, CSRF on every form and htmx request). All send a
 * strict Content-Security-Policy and the other security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI sets inline styles; its pages get the same policy with that one allowance. */
  static final String DOCS_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    return new DefaultAuthenticationEventPublisher(events);
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountUserDetailsService accounts,
      PasswordEncoder encoder,
      LoginLocks locks,
      Clock clock,
      AuthenticationEventPublisher events) {
    ProviderManager manager =
        new ProviderManager(new AccountAuthenticationProvider(accounts, encoder, locks, clock));
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems)
      throws Exception {
    http.securityMatcher("/api/**", "/actuator/**")
        .csrf(csrf -> csrf.disable()) // no cookies here: a bearer token cannot be forged cross-site
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, PublicApiPaths.READ)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, PublicApiPaths.WRITE)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/**",
                        "/api/v1/audit/**",
                        "/api/v1/notifications",
                        "/api/v1/notifications/**")
                    .hasRole(Role.ADMIN.name())
                    // events & docs: the event publication registry, for administrators
                    .requestMatchers("/api/v1/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/v1/users/me")
                    .authenticated()
                    .requestMatchers("/api/v1/users", "/api/v1/users/**")
                    .hasRole(Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(headers -> strictHeaders(headers, CSP));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(headers -> strictHeaders(headers, DOCS_CSP));
    return http.build();
  }

  /**
   * Pages: the session follows the account (decision 0013); the CSRF token lives in an HttpOnly
   * cookie rather than the session, so anonymous pages create no session; no saved request either
   * (a sign-in always lands on {@code /home}).
   */
  @Bean
  @Order(3)
  SecurityFilterChain pageChain(
      HttpSecurity http,
      AuthenticationManager authenticationManager,
      LoginThrottle throttle,
      JdbcClient jdbc,
      ProblemResponses problems,
      @Value("${server.servlet.session.cookie.secure:true}") boolean secureCookies)
      throws Exception {
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/",
                        "/login",
                        "/login/unlock/**",
                        "/regions",
                        "/regions/**",
                        "/umkm",
                        "/umkm/**",
                        "/daftar",
                        "/acara",
                        "/acara/**",
                        "/sertifikat/**",
                        "/surat/**",
                        "/temu-usaha/**",
                        "/katalog",
                        "/katalog/**",
                        "/expo",
                        "/expo/**",
                        "/ekspor",
                        "/error",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/favicon.ico",
                        "/robots.txt",
                        "/sitemap.xml")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/home", true)
                    .failureHandler(loginFailure())
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new SessionFollowsAccountFilter(jdbc), SecurityContextHolderFilter.class)
        .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie(secureCookies)))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .exceptionHandling(e -> e.authenticationEntryPoint(new PageEntryPoint(problems)))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .headers(
            headers ->
                strictHeaders(headers, CSP)
                    .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                    .addHeaderWriter(new PageCacheHeaders()));
    return http.build();
  }

  /**
   * The CSRF token in an HttpOnly cookie; pages print it into forms and htmx's header. Over HTTPS
   * its name carries the {@code __Host-} prefix: browsers then take it only from this host, secure,
   * for the whole path, so a sibling subdomain cannot plant a token of its own.
   */
  static CookieCsrfTokenRepository csrfCookie(boolean secure) {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName(secure ? "__Host-NAIKKELAS_CSRF" : "NAIKKELAS_CSRF");
    tokens.setCookiePath("/");
    tokens.setHeaderName("X-CSRF-TOKEN");
    tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax").httpOnly(true));
    return tokens;
  }

  /**
   * Sends the login page back with one answer for every failure (unknown user, wrong password,
   * disabled, locked), keeping the typed username out of the URL. An expired password is told
   * apart: it is known only after the right password was given.
   */
  private static AuthenticationFailureHandler loginFailure() {
    return (request, response, exception) -> {
      String reason = exception instanceof CredentialsExpiredException ? "expired" : "bad";
      response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    };
  }

  private static HeadersConfigurer<HttpSecurity> strictHeaders(
      HeadersConfigurer<HttpSecurity> headers, String csp) {
    return headers
        .contentSecurityPolicy(c -> c.policyDirectives(csp))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(
            r ->
                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy("camera=(self), geolocation=(), microphone=()"))
        .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
  }
}
