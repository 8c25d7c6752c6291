/**
 * Audiences: the tags and attributes of an app's accounts, the compressed bitmaps of account ids
 * that index them (in the {@code audience-index} cache, rebuilt from the database when missing),
 * and the selection of an audience by a condition as set algebra over those bitmaps.
 */
package io.herald.audience;
