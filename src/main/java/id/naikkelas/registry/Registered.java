package id.naikkelas.registry;

import id.naikkelas.platform.FieldProblem;
import java.util.List;

/** A stored business, with the warnings its draft raised (e.g. NIK registered elsewhere). */
public record Registered(long id, List<FieldProblem> warnings) {}
