package id.naikkelas.export.monitoring;

/** An obstacle a visit found. */
public record VisitObstacleView(ObstacleCategory category, String note) {}
