/**
 * The staff work inbox: one page with the count of everything waiting for staff, each linking to
 * its queue, and a morning mail about it for staff who chose one.
 */
@NullMarked
package se.brobygge.insights.inbox;

import org.jspecify.annotations.NullMarked;
