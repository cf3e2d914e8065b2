package se.brobygge.associations.internal;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationLogoService;

/** Serves association logos as PNG; a replaced or hidden logo disappears within minutes. */
@RestController
class LogoController {

    private final AssociationLogoService associations;

    LogoController(AssociationLogoService associations) {
        this.associations = associations;
    }

    @GetMapping("/images/associations/{id:[0-9]+}.png")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        return associations
                .logo(new AssociationId(id))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline; filename=\"forening-logga-" + id + ".png\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
