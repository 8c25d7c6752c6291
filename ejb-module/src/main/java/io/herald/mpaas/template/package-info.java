/** The mPaaS template actions: CreateTemplate, DeleteTemplate, GetTemplate and ListTemplatePage. */
package io.herald.mpaas.template;
