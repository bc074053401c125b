package id.naikkelas.contract;

import id.naikkelas.client.ApiClient;

/** The generated client pointed at the running application, with or without a bearer token. */
final class ContractClient {

  private ContractClient() {}

  static ApiClient at(int port) {
    return new ApiClient().setBasePath("http://localhost:" + port);
  }

  static ApiClient at(int port, String token) {
    return at(port)
        .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
  }
}
