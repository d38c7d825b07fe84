package red.cardinal.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All products; {@link Catalog} reaches a card's own after checking who owns the card. */
interface Products extends ListCrudRepository<Product, Long> {

	List<Product> findByCardIdOrderByPositionAscIdAsc(long cardId);

	Optional<Product> findByCardIdAndSlug(long cardId, String slug);

	Optional<Product> findByIdAndCardId(long id, long cardId);

	boolean existsByCardId(long cardId);
}
