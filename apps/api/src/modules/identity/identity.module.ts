import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ImportUsersHandler } from './jobs/import-users.handler';
import { UserImportsService } from './user-imports.service';
import { CohortMembersResolver, UserImportsResolver, UsersResolver, ViewerFieldsResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule, OrganisationModule],
  providers: [
    AuthService,
    UsersService,
    UserImportsService,
    AuthResolver,
    UsersResolver,
    ViewerFieldsResolver,
    CohortMembersResolver,
    UserImportsResolver,
    ImportUsersHandler,
  ],
})
export class IdentityModule {}
