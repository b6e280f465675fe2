/**
 * The curated actor dictionary ({@code org/hadath/dict/actors.tsv}, documented in the FORMAT.md
 * next to it): ACLED-style names, inter codes, date bounds, parents and allies, Arabic and English
 * aliases, and the per-country generic actors (civilians, unidentified armed groups, police, …).
 */
package org.hadath.resolve.actor;
