/** The app's semantic version; the StartOS package version is `${VERSION}:${PACKAGE_REVISION}`. */
export const VERSION = "0.2.1";

/** StartOS wrapper revision of {@link VERSION}. */
export const PACKAGE_REVISION = 0;

/** The release string used in CHANGELOG.md and the StartOS manifest, e.g. `0.1.0:0`. */
export const RELEASE = `${VERSION}:${PACKAGE_REVISION}`;
