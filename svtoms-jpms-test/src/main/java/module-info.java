/**
 * A consumer of svtoms on the module path, as an application would use it: it requires the three library
 * modules by name and nothing else.
 */
module io.github.svtoms.jpmstest {
    requires io.github.svtoms.core;
    requires io.github.svtoms.proxies;
    requires io.github.svtoms.catalog;
    requires static jsr305;

    exports io.github.svtoms.jpmstest;
}
