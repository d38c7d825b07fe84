package red.cardinal.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All orders; {@link Ordering} reaches a card's own after checking who owns the card. */
interface Orders extends ListCrudRepository<Order, Long> {

	List<Order> findByCardIdOrderByCreatedAtDescIdDesc(long cardId);

	Optional<Order> findByIdAndCardId(long id, long cardId);
}
