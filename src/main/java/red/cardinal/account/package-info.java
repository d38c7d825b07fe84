/**
 * Accounts: sign-up, sign-in, passwords and their reset, email verification, API tokens and instance settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web" })
package red.cardinal.account;
