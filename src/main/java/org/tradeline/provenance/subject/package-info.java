/**
 * What a claim is about: a subject (an event, an actor or a figure) by type and id, its reference in
 * answers, and the interface each of those features implements so that provenance reads their tables
 * only through them. A named interface of the provenance module.
 */
@NamedInterface("subject")
package org.tradeline.provenance.subject;

import org.springframework.modulith.NamedInterface;
