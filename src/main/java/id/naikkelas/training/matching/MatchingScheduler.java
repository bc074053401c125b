package id.naikkelas.training.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts open meeting requests, in the order given (oldest first), into the earliest slot where
 * neither person is already in a meeting and a table is free, at the lowest free table. A request
 * that fits nowhere is left out. Meetings already booked keep their slot and table.
 */
public final class MatchingScheduler {

  /** A meeting already in a slot at a table, between two participants. */
  public record Booked(int slot, int table, long first, long second) {}

  /** A request waiting for a slot. */
  public record Open(long meetingId, long first, long second) {}

  /** Where a request was put. */
  public record Placement(long meetingId, int slot, int table) {}

  private final int slots;
  private final int tables;

  public MatchingScheduler(int slots, int tables) {
    this.slots = slots;
    this.tables = tables;
  }

  public List<Placement> place(List<Booked> booked, List<Open> open) {
    Map<Integer, Set<Long>> busy = new HashMap<>();
    Map<Integer, Set<Integer>> taken = new HashMap<>();
    for (Booked b : booked) {
      busy.computeIfAbsent(b.slot(), k -> new HashSet<>()).addAll(List.of(b.first(), b.second()));
      taken.computeIfAbsent(b.slot(), k -> new HashSet<>()).add(b.table());
    }
    List<Placement> out = new ArrayList<>();
    for (Open m : open) {
      for (int slot = 1; slot <= slots; slot++) {
        Set<Long> people = busy.computeIfAbsent(slot, k -> new HashSet<>());
        Set<Integer> used = taken.computeIfAbsent(slot, k -> new HashSet<>());
        if (people.contains(m.first()) || people.contains(m.second()) || used.size() >= tables) {
          continue;
        }
        int table = 1;
        while (used.contains(table)) {
          table++;
        }
        people.add(m.first());
        people.add(m.second());
        used.add(table);
        out.add(new Placement(m.meetingId(), slot, table));
        break;
      }
    }
    return out;
  }
}
