/**
 * Infrastructure every module may use: the database (embedded or external), problem
 * details for errors and web basics.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.beatbridge.shared;
