/**
 * Uploaded media: the MediaStore port, its disk adapter and the image pipeline that makes uploads safe.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "web", "account" })
package red.cardinal.media;
