package id.naikkelas.catalogue;

import java.util.List;

/** What a product copies from its business. */
record BusinessCopy(String name, String villageCode, List<String> badges, String whatsapp) {}
