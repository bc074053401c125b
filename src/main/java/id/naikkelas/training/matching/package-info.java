/**
 * Business matching (Temu Usaha): participants, meeting requests, the scheduler that puts them in
 * slots at tables, and the outcomes followed until realised or dropped. Internal to training,
 * except the types marked {@code matching} for the demo module.
 */
package id.naikkelas.training.matching;
