package red.cardinal.card;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All cards. Owners reach their own through {@link CardManagement}, which checks ownership. */
interface Cards extends ListCrudRepository<Card, Long> {

	List<Card> findByOwnerIdOrderByCreatedAtAsc(long ownerId);

	long countByOwnerId(long ownerId);

	Optional<Card> findBySlug(String slug);

	Optional<Card> findByIdAndOwnerId(long id, long ownerId);
}
