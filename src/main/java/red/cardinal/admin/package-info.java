/**
 * Instance administration: users, instance-wide settings, backups, and whether the wallets' credentials load.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account", "wallet" })
package red.cardinal.admin;
