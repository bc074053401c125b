package id.naikkelas.contract;

import id.naikkelas.client.ApiClient;

/** The generated client pointed at the running application, with or without a bearer token. */
final class ContractClient {

  private ContractClient() {}

  static ApiClient at(int port) {
    return new ApiClient().setScheme("http").setHost("localhost").setPort(port).setBasePath("");
  }

  static ApiClient at(int port, String token) {
    return at(port)
        .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
  }
}
