/**
 * Paging: the page and size parameters every list takes, the page shape it answers with, and the
 * window and page of the sync lists. A named interface of the web module: every list uses it.
 */
@NamedInterface("paging")
package org.tradeline.web.paging;

import org.springframework.modulith.NamedInterface;
