/**
 * The module's inside: entities that guard their own state, repositories, the background round
 * runner and check-in job, moderation and privacy hooks, and the demo data for the local run.
 */
@NullMarked
package se.brobygge.mentoring.internal;

import org.jspecify.annotations.NullMarked;
