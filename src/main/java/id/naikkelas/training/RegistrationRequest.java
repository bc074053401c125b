package id.naikkelas.training;

import java.util.Map;

/**
 * A registration as sent by a candidate (or filled from the registry for a signed-in owner). {@code
 * website} is a honeypot: people leave it empty, form-filling robots do not.
 */
public record RegistrationRequest(
    String nik,
    String name,
    String phone,
    String villageCode,
    Map<String, Object> answers,
    String website) {}
