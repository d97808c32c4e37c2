package io.gifticon.settlement.repository;

import io.gifticon.settlement.ReconciliationEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reconciliations, by id; callers hold the session or transaction. */
@ApplicationScoped
public class ReconciliationRepository implements PanacheRepositoryBase<ReconciliationEntity, UUID> {}
