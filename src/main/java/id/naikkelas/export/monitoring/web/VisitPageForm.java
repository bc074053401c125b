package id.naikkelas.export.monitoring.web;

import id.naikkelas.export.monitoring.FollowUpForm;
import id.naikkelas.export.monitoring.ObstacleCategory;
import id.naikkelas.export.monitoring.VisitForm;
import id.naikkelas.export.monitoring.VisitObstacleForm;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The visit form as the page binds it: a checkbox and a note for every obstacle category, and
 * {@value #ACTION_ROWS} action rows of which the blank ones are left out. The service names the
 * problems by the index in what it was sent; {@link #pageField} turns that into the row's index.
 */
public class VisitPageForm {

  static final int ACTION_ROWS = 5;
  private static final Pattern INDEXED = Pattern.compile("(obstacles|actions)\\[(\\d+)](.*)");

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate visitedOn;

  private String visitors;
  private String findings;
  private List<ObstacleRow> obstacles = new ArrayList<>();
  private List<ActionRow> actions = new ArrayList<>();

  /** The rows of the sent form that went to the service, by the index the service sees. */
  private final List<Integer> sentObstacles = new ArrayList<>();

  private final List<Integer> sentActions = new ArrayList<>();

  public VisitPageForm() {
    for (ObstacleCategory c : ObstacleCategory.values()) {
      ObstacleRow row = new ObstacleRow();
      row.setCategory(c.name());
      obstacles.add(row);
    }
    for (int i = 0; i < ACTION_ROWS; i++) {
      actions.add(new ActionRow());
    }
  }

  VisitForm toForm() {
    sentObstacles.clear();
    sentActions.clear();
    List<VisitObstacleForm> o = new ArrayList<>();
    for (int i = 0; i < obstacles.size(); i++) {
      ObstacleRow row = obstacles.get(i);
      if (row.isChecked()) {
        o.add(new VisitObstacleForm(row.getCategory(), row.getNote()));
        sentObstacles.add(i);
      }
    }
    List<FollowUpForm> a = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      ActionRow row = actions.get(i);
      if (!row.isBlank()) {
        a.add(new FollowUpForm(row.getDescription(), row.getOwner(), row.getDueOn()));
        sentActions.add(i);
      }
    }
    return new VisitForm(visitedOn, visitors, findings, o, a);
  }

  /** The problem with its field named as this form's row ({@code actions[3].dueOn}). */
  FieldProblem pageField(FieldProblem p) {
    Matcher m = INDEXED.matcher(p.field());
    if (!m.matches()) {
      return p;
    }
    List<Integer> rows = m.group(1).equals("obstacles") ? sentObstacles : sentActions;
    int sent = Integer.parseInt(m.group(2));
    if (sent >= rows.size()) {
      return p;
    }
    return new FieldProblem(
        m.group(1) + "[" + rows.get(sent) + "]" + m.group(3), p.messageKey(), p.args());
  }

  public LocalDate getVisitedOn() {
    return visitedOn;
  }

  public void setVisitedOn(LocalDate visitedOn) {
    this.visitedOn = visitedOn;
  }

  public String getVisitors() {
    return visitors;
  }

  public void setVisitors(String visitors) {
    this.visitors = visitors;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings;
  }

  public List<ObstacleRow> getObstacles() {
    return obstacles;
  }

  public void setObstacles(List<ObstacleRow> obstacles) {
    this.obstacles = obstacles;
  }

  public List<ActionRow> getActions() {
    return actions;
  }

  public void setActions(List<ActionRow> actions) {
    this.actions = actions;
  }

  /** One obstacle category: ticked or not, with a note. */
  public static class ObstacleRow {
    private String category;
    private boolean checked;
    private String note;

    public String getCategory() {
      return category;
    }

    public void setCategory(String category) {
      this.category = category;
    }

    public boolean isChecked() {
      return checked;
    }

    public void setChecked(boolean checked) {
      this.checked = checked;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  /** One action row; a row with nothing typed in it is not an action. */
  public static class ActionRow {
    private String description;
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    boolean isBlank() {
      return FormFields.blank(description) && FormFields.blank(owner) && dueOn == null;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getOwner() {
      return owner;
    }

    public void setOwner(String owner) {
      this.owner = owner;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
      this.dueOn = dueOn;
    }
  }
}
