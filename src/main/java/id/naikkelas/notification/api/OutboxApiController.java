package id.naikkelas.notification.api;

import id.naikkelas.notification.Notifications;
import id.naikkelas.notification.OutboxMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the system told people, for administrators of the region. */
@RestController
@Tag(name = "Notifications", description = "The outbox: messages queued and sent")
class OutboxApiController {

  private final Notifications notifications;

  OutboxApiController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/v1/notifications")
  @Operation(summary = "The newest messages of the caller's region scope (administrators)")
  List<OutboxMessage> recent(@RequestParam(defaultValue = "100") int limit) {
    return notifications.recent(Math.min(Math.max(limit, 1), 500));
  }
}
