/**
 * The web shell: layout, UI context and i18n, error pages, security headers and API problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package red.cardinal.web;
