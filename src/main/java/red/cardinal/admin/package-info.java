/**
 * Instance administration: users and instance-wide settings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account" })
package red.cardinal.admin;
