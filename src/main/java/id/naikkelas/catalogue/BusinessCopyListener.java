package id.naikkelas.catalogue;

import id.naikkelas.registry.BusinessChanged;
import id.naikkelas.registry.OwnerLookup;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The catalogue's copy of a business (name, place, badges, consent): after a change is committed
 * its products copy the registry as it now is, and are re-indexed. The reaction is an event
 * publication kept in {@code event_publication}: one cut off by a crash or a failure stays
 * incomplete and is retried. Reading the registry again (rather than the event's content) makes a
 * retry or a late delivery harmless.
 */
@Component
class BusinessCopyListener {

  private final OwnerLookup owners;
  private final ProductRepository repository;

  BusinessCopyListener(OwnerLookup owners, ProductRepository repository) {
    this.owners = owners;
    this.repository = repository;
  }

  @ApplicationModuleListener
  void on(BusinessChanged event) {
    owners
        .catalogueFacts(event.businessId())
        .ifPresent(
            f ->
                repository
                    .findByBusinessIdOrderByIdAsc(event.businessId())
                    .forEach(p -> p.copy(Products.copy(f))));
  }
}
