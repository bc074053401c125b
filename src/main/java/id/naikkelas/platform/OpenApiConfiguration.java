package id.naikkelas.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: bearer tokens from {@code /api/v1/auth/token}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI naikKelasOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Naik Kelas API")
                .version("v1")
                .description(
                    "UMKM registry and services of a regency. Obtain a token with POST"
                        + " /api/v1/auth/token and send it as 'Authorization: Bearer TOKEN'."
                        + " Errors are RFC 9457 problem details.")
                .license(
                    new License()
                        .name("Region data: idn-area-data, ODbL 1.0")
                        .identifier("ODbL-1.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        // A fixed address keeps the document the same on every run (the committed copy is compared
        // with it); a client sets its own base address.
        .servers(
            List.of(
                new Server()
                    .url("http://localhost:8080")
                    .description("A local run; a deployment answers at its NAIKKELAS_PUBLIC_URL")));
  }
}
