package red.cardinal.design;

import java.time.Instant;

/** A design an owner saved under a name, to apply to any of their cards. It carries no cover image. */
public record BrandDesign(long id, String name, Design design, Instant createdAt) {
}
