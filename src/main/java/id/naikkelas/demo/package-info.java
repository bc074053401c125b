@ApplicationModule(displayName = "Demo")
package id.naikkelas.demo;

import org.springframework.modulith.ApplicationModule;
