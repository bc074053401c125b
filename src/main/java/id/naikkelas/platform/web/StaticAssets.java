package id.naikkelas.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets under versioned URLs, cached for a year and never revalidated (issue 16): a
 * WebJar's URL carries its version ({@code /webjars/bootstrap/5.3.3/css/bootstrap.min.css}), our
 * own files a hash of their content ({@code /css/app-<md5>.css}). Templates write the plain path
 * ({@code @{/css/app.css}}); the resource URL encoding filter turns it into the versioned one, so a
 * new release changes the URL and the phone fetches the new file once.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

  static final CacheControl IMMUTABLE =
      CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(IMMUTABLE)
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
    for (String folder : new String[] {"css", "js", "images"}) {
      registry
          .addResourceHandler("/" + folder + "/**")
          .addResourceLocations("classpath:/static/" + folder + "/")
          .setCacheControl(IMMUTABLE)
          .resourceChain(true)
          .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
  }
}
