package red.cardinal.account;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All accounts. */
public interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByAdminTrue();
}
