package id.naikkelas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Naik Kelas: the UMKM information system and marketplace of a regency. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NaikKelasApplication {

  public static void main(String[] args) {
    SpringApplication.run(NaikKelasApplication.class, args);
  }
}
