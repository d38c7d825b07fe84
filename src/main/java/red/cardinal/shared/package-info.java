/**
 * Value types every module shares: slugs, phone numbers, safe URLs. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {  })
package red.cardinal.shared;
