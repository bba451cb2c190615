package org.beatbridge.identity;

import java.util.List;
import java.util.Optional;

/**
 * Accounts of residents and staff: what other modules (and the command line) may ask.
 */
public interface Accounts {

	/** The account with this username, ignoring case. */
	Optional<AccountView> findByUsername(String username);

	/** The account with this id (for example to find where to email its holder). */
	Optional<AccountView> findById(long id);

	/**
	 * The enabled officers serving in a district (their district, or a beat of it), by
	 * name: whom a concern of that district can be assigned to.
	 */
	List<AccountView> officersOf(int district);

	/**
	 * Creates an account after checking the command and the password policy; publishes
	 * {@link AccountCreated}.
	 * @throws AccountRejected naming the field at fault (taken username, weak password,
	 * bad beat number, ...), with a message in the current locale
	 */
	AccountView create(NewAccount account);

}
