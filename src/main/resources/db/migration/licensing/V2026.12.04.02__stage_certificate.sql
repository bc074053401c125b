-- The food-safety training stage of a P-IRT may point at a certificate of the training module.
alter table licensing_stage add column certificate_code text;
